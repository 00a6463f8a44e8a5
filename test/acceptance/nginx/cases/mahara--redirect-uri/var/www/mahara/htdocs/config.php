<?php
// Mahara site configuration (stub for this case). Database credentials live here.
$cfg = new stdClass();
$cfg->dbtype   = 'postgres';
$cfg->dbhost   = 'db.internal.example.ac.nz';
$cfg->dbname   = 'mahara';
$cfg->dbuser   = 'mahara';
$cfg->dbpass   = getenv('MAHARA_DB_PASSWORD');
$cfg->wwwroot  = 'https://mahara.example.ac.nz/';
// Uploads, exports and sessions: outside the web root (Mahara refuses a dataroot inside it).
$cfg->dataroot = '/var/lib/maharadata';
$cfg->cleanurls = true;
$cfg->productionmode = true;
