import type { CSSVariablesResolver, MantineColorsTuple, VariantColorsResolver } from '@mantine/core';
import { createTheme, darken, defaultVariantColorsResolver, parseThemeColor, rem } from '@mantine/core';

/** A deep, calm public-service blue; shade 8 is the primary colour (white text on it passes AAA). */
const brand: MantineColorsTuple = [
  '#eaf1fb',
  '#d3e1f5',
  '#a6c2ea',
  '#77a1df',
  '#5086d5',
  '#3874cf',
  '#2a6acd',
  '#1d58b5',
  '#0b4595',
  '#0b3b82',
];

/** No web fonts: the system's own, which all render Vietnamese diacritics. */
const systemFonts =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";

const TEXT_VARIANTS = new Set(['light', 'subtle', 'outline', 'transparent']);

/**
 * Mantine draws coloured text (light, subtle and outline variants) and white-on-colour buttons with
 * mid shades that fail WCAG AA contrast for red, orange, yellow and green. Use a darkened shade 9 for
 * coloured text, and a darker fill behind white text.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.color === 'gray' || parsed.color === 'dark') return colors;
  const darkest = input.theme.colors[parsed.color][9];
  if (TEXT_VARIANTS.has(input.variant)) {
    const text = darken(darkest, 0.3);
    return {
      ...colors,
      color: text,
      border: input.variant === 'outline' ? `${rem(1)} solid ${text}` : colors.border,
    };
  }
  if (input.variant === 'filled' && parsed.color !== input.theme.primaryColor) {
    return { ...colors, background: darken(darkest, 0.15), hover: darken(darkest, 0.3) };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 8,
  colors: { brand },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts, fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  variantColorResolver,
  components: {
    Badge: { defaultProps: { tt: 'none' } },
    Anchor: { defaultProps: { underline: 'hover' } },
  },
});

/** Mantine's "dimmed" grey (input descriptions, hints) and error red are too pale for WCAG AA on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Error texts under inputs: the default red-6 is too pale on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
