<?php
// includes/footer.php (stand-in)
