<?php
class elFinder {}
