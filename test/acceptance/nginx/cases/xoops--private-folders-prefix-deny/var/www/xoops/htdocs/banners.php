<?php
// banners.php (stand-in)
