<?php
// vendor/swiftmailer/swiftmailer/lib/swift_required.php (stand-in)
