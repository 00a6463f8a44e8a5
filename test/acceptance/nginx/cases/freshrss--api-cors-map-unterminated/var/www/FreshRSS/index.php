<?php
header('Location: p/');
