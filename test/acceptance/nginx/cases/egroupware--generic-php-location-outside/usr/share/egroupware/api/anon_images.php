<?php
// EGroupware 23.1 stand-in: api/anon_images.php
