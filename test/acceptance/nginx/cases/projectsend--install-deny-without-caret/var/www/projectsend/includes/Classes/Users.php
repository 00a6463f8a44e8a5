<?php
namespace ProjectSend\Classes;

class Users {}
