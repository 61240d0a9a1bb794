import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../platform/i18n';

/** What `POST /uploads` answers for a stored file. */
export interface UploadedFile {
  id: string;
  kind: 'IMAGE' | 'DOCUMENT';
  fileName: string;
  contentType: string;
  byteSize: number;
  url: string;
  thumbnailUrl: string | null;
}

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const DOCUMENT_TYPES = ['application/pdf'];

export class UploadError extends Error {}

/**
 * Uploads one file to `POST /uploads` (multipart, field `file`) with the session cookie. The server
 * checks type and size and answers `{ error: { code, message } }` in the caller's language when it
 * refuses; that message is what the author sees.
 */
export function useUpload() {
  const { t } = useTranslation();
  return useCallback(
    async (file: File, accepted: string[]): Promise<UploadedFile> => {
      if (file.type && !accepted.includes(file.type)) {
        throw new UploadError(t('listing.upload.wrongType', { name: file.name }));
      }
      const body = new FormData();
      body.append('file', file);
      let response: Response;
      try {
        response = await fetch('/uploads', {
          method: 'POST',
          body,
          credentials: 'same-origin',
          headers: { 'apollo-require-preflight': 'true', 'Accept-Language': currentLanguage() },
        });
      } catch {
        throw new UploadError(t('errors.NETWORK'));
      }
      type Answer = Partial<UploadedFile> & { error?: { code?: string; message?: string } };
      const json = (await response.json().catch(() => null)) as Answer | null;
      if (!response.ok || !json || json.error || !json.id) {
        const message =
          json?.error?.message ??
          (response.status === 401
            ? t('errors.UNAUTHENTICATED')
            : t('listing.upload.failed', { name: file.name }));
        throw new UploadError(message);
      }
      return json as UploadedFile;
    },
    [t],
  );
}
