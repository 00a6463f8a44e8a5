<?php
// modules/App/layouts/app.php
