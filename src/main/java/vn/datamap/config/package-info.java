/** Operator configuration: the {@code DATAMAP_*} settings. */
package vn.datamap.config;
