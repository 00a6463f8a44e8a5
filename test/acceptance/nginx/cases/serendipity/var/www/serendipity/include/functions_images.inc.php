<?php
// media library
