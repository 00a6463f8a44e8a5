<?php
// Site administration home.
