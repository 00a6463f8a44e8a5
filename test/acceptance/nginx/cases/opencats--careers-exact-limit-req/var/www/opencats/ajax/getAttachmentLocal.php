<?php
// stand-in for OpenCATS ajax/getAttachmentLocal.php
