<?php
// create link table
