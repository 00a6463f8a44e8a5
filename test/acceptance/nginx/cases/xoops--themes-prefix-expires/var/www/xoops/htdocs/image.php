<?php
// image.php (stand-in)
