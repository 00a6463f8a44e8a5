<?php
// core functions
