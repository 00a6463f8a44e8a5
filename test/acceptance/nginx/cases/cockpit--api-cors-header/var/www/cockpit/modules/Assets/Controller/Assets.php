<?php
// modules/Assets/Controller/Assets.php
