<?php
// Moodle 4.3 (stand-in)
