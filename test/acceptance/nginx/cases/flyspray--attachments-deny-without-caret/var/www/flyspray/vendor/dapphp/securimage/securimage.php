<?php
// vendor/dapphp/securimage/securimage.php (stand-in)
