<?php echo "staged upload, not yet validated";
