<?php
// framework
