<?php
// stand-in for CE Phoenix's includes/hooks/shop/siteWide/cookieNotice.php
