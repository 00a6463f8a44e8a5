/* Angular build of SuiteCRM 8 (hashed bundle). */
