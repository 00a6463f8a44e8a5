<?php
// securimage.php (stand-in)
