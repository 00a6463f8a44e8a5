<?php
// Chamilo installer
