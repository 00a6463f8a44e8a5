<?php
// chunked upload handler of the SCORM/document importer
