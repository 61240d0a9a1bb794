import { AspectRatio, Box, Image, SimpleGrid, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface GalleryImage {
  id: string;
  fileName: string;
  url: string;
  thumbnailUrl?: string | null;
}

/** The cover image large, the others as thumbnails that replace it when chosen. */
export function ListingGallery({ images, title }: { images: readonly GalleryImage[]; title: string }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  if (images.length === 0) return null;
  const current = images[Math.min(selected, images.length - 1)];
  return (
    <Box component="figure" m={0} aria-label={t('listing.detail.gallery')}>
      <AspectRatio ratio={16 / 10} bg="gray.1" style={{ borderRadius: 8, overflow: 'hidden' }}>
        <Image
          src={current.url}
          alt={t('listing.detail.imageAlt', { title, index: selected + 1, count: images.length })}
          fit="contain"
        />
      </AspectRatio>
      {images.length > 1 && (
        <SimpleGrid cols={{ base: 4, sm: 6 }} spacing="xs" mt="xs">
          {images.map((image, index) => (
            <UnstyledButton
              key={image.id}
              onClick={() => setSelected(index)}
              aria-label={t('listing.detail.showImage', { index: index + 1 })}
              aria-pressed={index === selected}
              style={{
                borderRadius: 6,
                overflow: 'hidden',
                outline: index === selected ? '3px solid var(--mantine-color-brand-8)' : undefined,
              }}
            >
              <AspectRatio ratio={1}>
                <Image src={image.thumbnailUrl ?? image.url} alt="" fit="cover" />
              </AspectRatio>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      )}
    </Box>
  );
}
