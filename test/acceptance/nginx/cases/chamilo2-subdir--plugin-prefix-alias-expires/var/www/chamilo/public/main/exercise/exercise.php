<?php
// stand-in: main/exercise/exercise.php
