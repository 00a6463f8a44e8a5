<?php
// widget.php (stub)
