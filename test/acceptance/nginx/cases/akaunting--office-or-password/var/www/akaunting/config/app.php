<?php
// config
