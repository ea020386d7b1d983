/** IRIs of the vocabularies the map uses: the project's own ({@link vn.datamap.vocab.DM}) and the reused ones. */
package vn.datamap.vocab;
