<?php
// modules/App/Helper/ResponseCache.php
