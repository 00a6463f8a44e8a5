<?php
class Parsedown {}
