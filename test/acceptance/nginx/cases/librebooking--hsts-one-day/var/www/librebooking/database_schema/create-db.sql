CREATE DATABASE librebooking;
