/**
 * What the administrator does to the running server as a whole: consistent backups of the live
 * map into the data directory ({@code POST /api/admin/backup}, {@code GET /api/admin/backups}).
 * The matching restore is a command of the jar ({@code restore FILE --data-dir DIR}).
 */
package vn.datamap.admin;
