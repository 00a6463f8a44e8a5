<?php
// stand-in for OpenCATS lib/Attachments.php
