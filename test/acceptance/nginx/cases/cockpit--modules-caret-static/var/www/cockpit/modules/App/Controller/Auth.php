<?php
// modules/App/Controller/Auth.php
