import type { AttachmentResolvers } from '../../../generated/graphql';
import { fileUrl, thumbnailUrl } from '../service';

/** Links go to the download routes (`/files/<id>`), which check who may read each file. */
export const Attachment: AttachmentResolvers = {
  url: (a) => fileUrl(a),
  thumbnailUrl: (a) => thumbnailUrl(a),
};
