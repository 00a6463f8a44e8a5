<?php
// stand-in for CE Phoenix's templates/default/includes/hooks/shop/siteWide/styleSheets.php
