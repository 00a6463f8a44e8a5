<?php
// default template stand-in: template.php
