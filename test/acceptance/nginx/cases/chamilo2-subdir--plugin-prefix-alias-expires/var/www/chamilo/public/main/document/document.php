<?php
// stand-in: main/document/document.php
