<?php
header('Location: i/');
