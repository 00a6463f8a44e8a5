<?php
// libs/track.php (stand-in for the case)
