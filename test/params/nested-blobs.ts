/** A model with blobs inside a list and a nested structure (`Top`), for the shape walkers' tests. */
import { ShapeResolver } from '../../src/api/shapes.js';

export const nestedBlobs = new ShapeResolver({
  operations: {},
  shapes: {
    Top: { type: 'structure', members: { Items: { shape: 'Items', overview: '' }, One: { shape: 'Inner', overview: '' } } },
    Items: { type: 'list', member: 'Blob' },
    Inner: { type: 'structure', members: { Data: { shape: 'Blob', overview: '' } } },
    Blob: { type: 'blob' },
  },
});
