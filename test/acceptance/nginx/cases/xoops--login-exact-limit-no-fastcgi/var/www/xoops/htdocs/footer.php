<?php
// footer.php (stand-in)
