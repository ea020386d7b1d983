/** The web edge: one error mapper and error body, content negotiation helpers, page localisation. */
package vn.datamap.web;
