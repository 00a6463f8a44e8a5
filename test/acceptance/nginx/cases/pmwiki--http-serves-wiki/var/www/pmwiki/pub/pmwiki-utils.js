/* pmwiki-utils.js placeholder */
