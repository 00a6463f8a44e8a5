<?php
// Piwigo 14 placeholder: comments.php
