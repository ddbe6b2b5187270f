// The national list of municipalities, in a chunk of its own: the finder loads it only to name the
// municipalities of data that brings no names (an older single file, places given by property).
export { referenceMunicipality } from '@perhekeskus/core';
