<?php
// stand-in: main/document/upload.php
