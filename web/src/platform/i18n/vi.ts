import * as platform from './messages';
import * as home from '../../modules/home/i18n';
import * as listing from '../../modules/listing/i18n';
import * as search from '../../modules/search/i18n';
import * as brokering from '../../modules/brokering/i18n';
import * as matching from '../../modules/matching/i18n';
import * as notification from '../../modules/notification/i18n';
import * as report from '../../modules/report/i18n';

/**
 * The Vietnamese texts, the source of truth: one `translation` namespace whose top-level keys are the
 * shared ones from ./messages (common, layout, errors, validation, enums, notFound), then one key per
 * feature module, whose texts live beside the feature in modules/<feature>/i18n.ts.
 *
 * These are the texts of the layout and the public pages (home, search, listing), shipped with the
 * app; ./vi.more.ts has the rest, fetched before any other page shows (loadAllMessages). ./en.ts has
 * the shape of both together; each language is its own chunk.
 */
export const vi = {
  ...platform.vi,
  home: home.vi,
  listing: listing.vi,
  search: search.vi,
  brokering: brokering.vi,
  matching: matching.vi,
  notification: notification.vi,
  report: report.vi,
  // The navigation labels of these features join the layout's (`layout.nav.<key>`).
  layout: {
    ...platform.vi.layout,
    nav: {
      ...platform.vi.layout.nav,
      ...brokering.vi.nav,
      ...matching.vi.nav,
      ...notification.vi.nav,
      ...report.vi.nav,
    },
  },
};
